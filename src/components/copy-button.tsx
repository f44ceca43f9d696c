"use client";

import { useState } from "react";
import { useMessages } from "@/components/use-messages";

/** Copies `text` to the clipboard and says so in a live region; says what to do when the browser refuses. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { common } = useMessages();
  const [status, setStatus] = useState("");
  const copy = () =>
    navigator.clipboard
      .writeText(text)
      .then(() => setStatus(common.copied))
      .catch(() => setStatus(common.copyFailed));
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-slate-300 px-2 py-1 text-xs dark:border-slate-600"
      >
        {label}
      </button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {status}
      </span>
    </span>
  );
}

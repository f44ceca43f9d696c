import { loadContent } from "@/lib/content/load";
import { changeRows } from "@/lib/history/change-list";
import { readFactHistory } from "@/lib/history/git-history";

// Every fact change, newest first, for the filters of /changes/ and for anyone who wants the list as data.
export const dynamic = "force-static";

export const GET = () => {
  const history = readFactHistory();
  return Response.json({
    status: history.status,
    changes: changeRows(history.entries, loadContent().projects),
  });
};

// The orders a category's projects can be listed in, with their English names.
export const sortOrders = {
  name: "Name",
  activity: "Last seen (newest first)",
  launched: "Launch year (newest first)",
  reviewed: "Last reviewed (newest first)",
} as const;
export type SortOrder = keyof typeof sortOrders;

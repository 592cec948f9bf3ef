/** How titles are compared when a file names a parent or a record is matched again: trimmed, any case. */
export const titleKey = (title: string) => title.trim().toLowerCase();

// The relation form's selects build their list when it opens. Mantine keeps a closed select's list
// mounted, hidden, and positions it as it mounts: the form's five selects walked the page's
// ancestors some 300 times, with a forced style and layout pass, in the click that opens the form
// (on a 500-collection diagram, 20 ms of a 100 ms click). The input names its list by
// aria-controls only while it is open, so nothing refers to a list that is not there.
export const LIST_WHEN_OPEN = { keepMounted: false } as const;

/*
 * Whether an offline session is open: opened on a phone without network by the password of the user who last signed in
 * online there, checked against the verifier kept on the phone (features/sync/offline-session, docs/offline.md). Its
 * profile is the one cached at that sign-in (put in the query cache as /auth/me's answer); it holds no token, so the API
 * cannot be called, only the pages that work from the phone's own data. In memory only: a reload asks for the password
 * again.
 */
let open = false;
const listeners = new Set<() => void>();

function setOpen(value: boolean) {
  if (open === value) return;
  open = value;
  listeners.forEach((listener) => listener());
}

export const offlineSessionStore = {
  isOpen: () => open,
  open: () => setOpen(true),
  close: () => setOpen(false),
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

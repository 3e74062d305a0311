export const DEVICE_ID_KEY = 'microfinance.deviceId';

/** This phone and browser, for the supervisor's list of devices: made once, then kept. */
export function getDeviceId() {
  let id = localStorage.getItem(DEVICE_ID_KEY);
  if (!id) {
    id = `d-${crypto.randomUUID()}`;
    localStorage.setItem(DEVICE_ID_KEY, id);
  }
  return id;
}

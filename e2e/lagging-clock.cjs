// Loaded into the app server for the end-to-end tests (NODE_OPTIONS=--require): its
// monotonic clock runs 5 s behind the wall clock, as after the machine was paused. The
// journeys that publish and then read the public page must still see the change at once.
const now = performance.now.bind(performance);
performance.now = () => now() - 5000;

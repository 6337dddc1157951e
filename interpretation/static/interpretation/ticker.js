// The live page's clock, in a dedicated worker: a tab that has been hidden for a while may
// run its own timers only once a minute (Chrome's intensive throttling), and the server
// closes a connection whose steady pings stop (its "silent" close). A worker's timers are
// not held back so. The page posts the interval in milliseconds; each tick is an empty
// message.
onmessage = (event) => { setInterval(() => postMessage(0), event.data); };

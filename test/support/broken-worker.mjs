// A bundle worker that dies as it starts, as one would when out of memory.
throw new Error('worker crashed on start');

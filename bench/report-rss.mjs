// Preloaded with `node --import` when /usr/bin/time is missing: the child reports its own peak RSS.
process.on('exit', () => {
  process.stderr.write(`Maximum resident set size (kbytes): ${process.resourceUsage().maxRSS}\n`);
});

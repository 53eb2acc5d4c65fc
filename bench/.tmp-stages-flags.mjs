import v8 from "node:v8";
for (const f of (process.env.RTFLAGS ?? "").split(" ").filter(Boolean)) v8.setFlagsFromString(f);
await import("./score-stages.mjs");

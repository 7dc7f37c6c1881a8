import * as esbuild from "esbuild";
const r = await esbuild.build({ stdin:{contents:'import { SignupForm } from "./dist/index.js"; console.log(SignupForm)', resolveDir: process.cwd()}, bundle:true, minify:true, format:"esm", splitting:true, metafile:true, write:false, outdir:"/tmp/x", external:["react","react-dom","react/jsx-runtime"], define:{"process.env.NODE_ENV":'"production"'}});
const outs = r.metafile.outputs;
const entry = Object.keys(outs).find(k=>outs[k].entryPoint);
const seen=new Set(); const q=[entry];
while(q.length){const k=q.pop(); if(seen.has(k))continue; seen.add(k); for(const i of outs[k].imports) if(i.kind==="import-statement"&&outs[i.path]) q.push(i.path);}
for (const k of Object.keys(outs)) { if(k.endsWith(".map"))continue; const eager=seen.has(k); console.log(eager?"EAGER":"lazy ", k, outs[k].bytes); if(eager || process.argv[2]) for (const [m,v] of Object.entries(outs[k].inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) if(v.bytesInOutput>300 && !m.includes("node_modules")) console.log("   ", m, v.bytesInOutput); }

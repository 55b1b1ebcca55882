// Trunk post_build hook (runs in the staging dir, TRUNK_STAGING_DIR):
// 1. copies only the Twemoji pictures listed in lessons/pictures.toml into pictures/;
// 2. writes sw.js with a build id hashed from every file and the list of files to precache.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = process.env.TRUNK_SOURCE_DIR || process.cwd();
const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error("post-build.mjs must run as a Trunk hook (TRUNK_STAGING_DIR unset)");

const twemoji = join(root, "node_modules", "@twemoji", "svg");
const pictures = readFileSync(join(root, "lessons", "pictures.toml"), "utf8");
mkdirSync(join(stage, "pictures"), { recursive: true });
for (const m of pictures.matchAll(/^\s*[a-z0-9-]+\s*=\s*"([0-9a-f-]+)"/gm)) {
  copyFileSync(join(twemoji, `${m[1]}.svg`), join(stage, "pictures", `${m[1]}.svg`));
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = walk(stage)
  .map((p) => "/" + relative(stage, p).split("\\").join("/"))
  .filter((p) => p !== "/sw.js")
  .sort();
const hash = createHash("sha256");
for (const f of files) hash.update(f).update(readFileSync(join(stage, f)));
const build = hash.digest("hex").slice(0, 16);
const precache = ["/", ...files.filter((f) => f !== "/robots.txt")];
const sw = readFileSync(join(stage, "sw.js"), "utf8")
  .replace("__BUILD_ID__", build)
  .replace("__PRECACHE__", JSON.stringify(precache));
writeFileSync(join(stage, "sw.js"), sw);
writeFileSync(join(stage, "build.json"), JSON.stringify({ build, files: precache.length }));
console.log(`post-build: build ${build}, ${precache.length} files precached`);

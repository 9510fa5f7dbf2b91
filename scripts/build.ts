// `npm run build`: normalize, build into dist.next/, swap in (see lib/build-site.ts).
import { buildSite } from './lib/build-site.ts';

process.exitCode = await buildSite(process.cwd());

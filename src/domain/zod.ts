import { z } from 'zod';

// Zod can compile parsers with eval; the app's Content-Security-Policy forbids eval, and even
// zod's probe for it would be reported. Every schema of the domain is built after this line.
z.config({ jitless: true });

export { z };

/**
 * npm run create-admin -- EMAIL PASSWORD [NAME]
 * Without arguments it takes ADMIN_EMAIL and ADMIN_PASSWORD from the environment.
 */
import mongoose from 'mongoose';
import { createUserSchema } from '@qs/shared';
import { loadConfig } from '../server/src/config/env';
import { AppError } from '../server/src/lib/errors';
import { parse } from '../server/src/lib/validate';
import { createUser } from '../server/src/modules/auth';
import { connectDatabase } from '../server/src/server';

const [emailArg, passwordArg, ...nameParts] = process.argv.slice(2);
const config = loadConfig();
const input = {
  email: emailArg ?? config.admin?.email,
  password: passwordArg ?? config.admin?.password,
  name: nameParts.join(' ') || 'Administrator',
  role: 'admin',
};

try {
  const admin = parse(createUserSchema, input);
  const mongo = await connectDatabase(config, (msg) => console.error(msg));
  try {
    const user = await createUser(admin);
    console.log(`admin created: ${user.email}`);
  } finally {
    await mongoose.disconnect();
    await mongo.stop();
  }
} catch (err) {
  if (err instanceof AppError) {
    const fields = err.details?.map((d) => `${d.path || 'input'}: ${d.message}`).join('; ');
    console.error(`create-admin: ${err.message}${fields ? ` (${fields})` : ''}`);
    console.error(
      'usage: npm run create-admin -- EMAIL PASSWORD [NAME]   (or set ADMIN_EMAIL and ADMIN_PASSWORD)',
    );
  } else {
    console.error(err);
  }
  process.exitCode = 1;
}

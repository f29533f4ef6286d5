import { afterAll } from 'vitest';
import { dropTestDatabase, testMongoUri } from '../support/db';

// Code that reads MONGODB_URI during a server test gets this test file's own database.
process.env.MONGODB_URI = testMongoUri();

// Registered first, so it runs after the test file's own afterAll hooks (they run as a stack).
afterAll(() => dropTestDatabase(testMongoUri()));

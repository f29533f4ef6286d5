export * from './schemas/common';
export * from './schemas/organizations';
export * from './schemas/auth';
export * from './policies';
export * from './taxonomy';
export * from './schemas/experts';
export * from './schemas/needs';

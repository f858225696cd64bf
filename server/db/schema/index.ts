export * from './assignments.ts';
export * from './audit.ts';
export * from './auth.ts';
export * from './evaluation.ts';
export * from './execution.ts';
export * from './org.ts';

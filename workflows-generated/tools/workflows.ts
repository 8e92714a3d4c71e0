// Generated index of every compiled function-call workflow. Do not edit.
export { toolProviderSearchV1 } from './provider-search/v1/workflow';
export {};

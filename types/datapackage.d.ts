// The parts of frictionless-js `datapackage` the tests use (it ships no types).
declare module 'datapackage' {
  export type DataResource = {
    name: string;
    read(options: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  };
  export class Package {
    static load(descriptor: object | string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: DataResource[];
  }
}

import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_RULE } from '@opencx/server-core';
import { startTestApi, type TestApi } from '../testing';

const RESOLVER_TYPE = 'graphql:resolver_type';
const ROUTE_PATH = 'path';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/**
 * Tenancy and roles are only as good as their coverage: every GraphQL query/mutation and every
 * REST route must declare @Public, @Authenticated, @Roles or @ApiScope. A new handler without one
 * fails here (and the access guard refuses it at run time).
 */
it('every resolver operation and REST route declares an access rule', () => {
  const discovery = new DiscoveryService(api.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = api.app.get(Reflector);
  const handlers: { name: string; declared: boolean }[] = [];

  for (const wrapper of [...discovery.getProviders(), ...discovery.getControllers()]) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const proto = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(proto)) {
      const fn = proto[method];
      const type = Reflect.getMetadata(RESOLVER_TYPE, fn);
      const isOperation = type === 'Query' || type === 'Mutation' || type === 'Subscription';
      const isRoute = wrapper.isDependencyTreeStatic() && Reflect.getMetadata(ROUTE_PATH, fn) !== undefined && discovery.getControllers().includes(wrapper);
      if (!isOperation && !isRoute) continue;
      const rule = reflector.getAllAndOverride(ACCESS_RULE, [fn, proto.constructor]);
      handlers.push({ name: `${proto.constructor.name}.${method}`, declared: rule !== undefined });
    }
  }

  expect(handlers.length).toBeGreaterThan(15);
  expect(handlers.filter((h) => !h.declared).map((h) => h.name)).toEqual([]);
  // The check sees both kinds of handler.
  expect(handlers.map((h) => h.name)).toEqual(expect.arrayContaining(['HealthController.ready', 'MemberResolver.inviteMember']));
});

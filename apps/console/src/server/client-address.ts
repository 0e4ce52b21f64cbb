import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import type { TLSSocket } from 'node:tls';

/**
 * Headers the console server writes itself. Next.js keeps a client's own `x-forwarded-for` /
 * `x-forwarded-proto` (it only fills them in when absent), so route handlers could not tell a
 * browser's claim from what the socket saw; the console server (console-server.ts) replaces them.
 */
export const CLIENT_ADDRESS_HEADER = 'x-forwarded-for';
export const CLIENT_PROTO_HEADER = 'x-forwarded-proto';

/** Set on globalThis by the console server: only then do the forwarded headers carry its verdict. */
export const CONSOLE_SERVER_MARK = Symbol.for('opencx.console-server');

export class TrustProxyError extends Error {}

const NAMED: Record<string, [string, number, 'ipv4' | 'ipv6'][]> = {
  loopback: [['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']],
  linklocal: [['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']],
  uniquelocal: [['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['fc00::', 7, 'ipv6']],
};

export type TrustFn = (address: string) => boolean;

/** `OPENCX_CONSOLE_TRUST_PROXY`: the reverse proxies in front of the console (none by default). */
export function parseTrustProxy(raw: string | undefined): TrustFn {
  const list = new BlockList();
  let empty = true;
  for (const entry of (raw ?? '').split(',').map((s) => s.trim()).filter((s) => s && s !== 'none')) {
    empty = false;
    if (NAMED[entry]) {
      for (const [network, prefix, type] of NAMED[entry]) list.addSubnet(network, prefix, type);
      continue;
    }
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const max = family === 6 ? 128 : 32;
    if (family === 0 || rest.length > 0 || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max))) {
      throw new TrustProxyError(`OPENCX_CONSOLE_TRUST_PROXY must list proxy addresses or CIDRs (or loopback, linklocal, uniquelocal), got "${entry}"`);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  if (empty) return () => false;
  return (address) => {
    const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
    const family = isIP(plain);
    return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
  };
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy, then walk its
 * `X-Forwarded-For` from the right and stop at the first address that is not a trusted proxy.
 */
export function clientAddress(socketAddress: string, forwardedFor: string | undefined, trusted: TrustFn): string {
  let address = socketAddress;
  if (!trusted(address)) return address;
  const hops = (forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (let next = hops.pop(); next !== undefined && trusted(address); next = hops.pop()) {
    if (isIP(next) === 0) break;
    address = next;
  }
  return address;
}

/** Rewrites the request's forwarded headers to what this server knows, before Next.js sees them. */
export function normalizeForwardedHeaders(req: IncomingMessage, trusted: TrustFn): void {
  const socketAddress = req.socket.remoteAddress ?? '';
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(',') : value;
  };
  const address = clientAddress(socketAddress, header(CLIENT_ADDRESS_HEADER), trusted);
  const encrypted = !!(req.socket as TLSSocket).encrypted;
  const claimedProto = header(CLIENT_PROTO_HEADER)?.split(',')[0]?.trim().toLowerCase();
  const proto = trusted(socketAddress) && (claimedProto === 'https' || claimedProto === 'http') ? claimedProto : encrypted ? 'https' : 'http';
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  req.headers[CLIENT_PROTO_HEADER] = proto;
}

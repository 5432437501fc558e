import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { AppError } from '../../errors.ts';

/**
 * Where Tend may send notifications. Channel URLs and the SMTP host are typed in by an admin (or an API key),
 * so without a check Tend would post to its own loopback, the private network or the cloud metadata service
 * (169.254.169.254), and the answer to "send test" would say what is listening there. Only public unicast
 * addresses are allowed, unless the operator sets TEND_ALLOW_PRIVATE_OUTBOUND (receivers on their own
 * network, or tests). The check runs on the address the socket connects to, after DNS, so a name that
 * resolves (or re-resolves) to an internal address is caught too.
 */
export class OutboundRefused extends Error {
  constructor(host: string) {
    super(`Tend does not send to internal addresses (${host})`);
  }
}

/** Anything but public unicast: loopback, RFC 1918, fc00::/7, link-local, CGNAT, multicast, metadata... */
export function isInternalAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  let ip = ipaddr.parse(address);
  // ::ffff:169.254.169.254 is 169.254.169.254 to the kernel.
  if (ip instanceof ipaddr.IPv6 && ip.isIPv4MappedAddress()) ip = ip.toIPv4Address();
  return ip.range() !== 'unicast';
}

/** A host as written in a URL: IP literals (brackets off), or a name; localhost names are internal. */
export function isInternalHostLiteral(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  return ipaddr.isValid(bare) ? isInternalAddress(bare) : false;
}

/** On save: a clear 422 for a URL or host that names an internal address outright. */
export function assertPublicHost(host: string, field: string, allowPrivate: boolean) {
  if (allowPrivate || !isInternalHostLiteral(host)) return;
  throw new AppError('validation_failed', 'Tend does not send to internal addresses', [
    { path: [field], message: 'must not be an internal address' },
  ]);
}

/** A dns.lookup for sockets that refuses internal results: the connection never opens to them. */
export function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as dns.LookupAddress[];
      if (!allowPrivate && (list.length === 0 || list.some((a) => isInternalAddress(a.address))))
        return callback(Object.assign(new OutboundRefused(hostname), { code: 'EREFUSED' }), '', 0);
      if (options.all) return (callback as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0] as dns.LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

/** Resolves a host once and checks it, for clients that take an address (SMTP: connect to it, verify the name). */
export async function resolvePublic(host: string, allowPrivate: boolean): Promise<string> {
  const bare = host.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(bare)) {
    if (!allowPrivate && isInternalAddress(bare)) throw new OutboundRefused(host);
    return bare;
  }
  if (!allowPrivate && isInternalHostLiteral(bare)) throw new OutboundRefused(host);
  const list = await dns.promises.lookup(bare, { all: true });
  if (!allowPrivate && (list.length === 0 || list.some((a) => isInternalAddress(a.address))))
    throw new OutboundRefused(host);
  return (list[0] as dns.LookupAddress).address;
}

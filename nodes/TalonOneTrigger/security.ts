/**
 * Who may start the workflow: the shared secret header (compared in constant time) and, optionally,
 * a list of allowed sender addresses.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Whether the header value equals the secret. Both are hashed first, so the comparison takes the
 * same time whatever the lengths and wherever they differ.
 */
export function secretMatches(received: string | string[] | undefined, secret: string): boolean {
	if (typeof received !== 'string' || secret === '') return false;
	return timingSafeEqual(digest(received), digest(secret));
}

/** `::ffff:10.0.0.1` (an IPv4 client on an IPv6 socket) is 10.0.0.1. */
function plainAddress(address: string): string {
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
	return mapped ? mapped[1] : address;
}

export interface AllowList {
	allows: (address: string | undefined) => boolean;
}

/** Parses "10.0.0.0/8, 2001:db8::/32, 203.0.113.7"; throws with the entry that is not an address or range. */
export function parseAllowList(text: string): AllowList | null {
	const entries = text
		.split(/[\s,]+/)
		.map((entry) => entry.trim())
		.filter(Boolean);
	if (!entries.length) return null;
	const list = new BlockList();
	for (const entry of entries) {
		const [address, bits, extra] = entry.split('/');
		const family = isIP(address);
		const prefix = Number(bits);
		const maxPrefix = family === 6 ? 128 : 32;
		if (!family || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && prefix <= maxPrefix))) {
			throw new Error(`"${entry}" is not an IP address or a range like 203.0.113.0/24`);
		}
		const type = family === 6 ? 'ipv6' : 'ipv4';
		if (bits === undefined) list.addAddress(address, type);
		else list.addSubnet(address, prefix, type);
	}
	return {
		allows(received) {
			if (!received) return false;
			const address = plainAddress(received);
			const family = isIP(address);
			return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
		},
	};
}

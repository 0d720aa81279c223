import net from 'node:net';
import nodemailer from 'nodemailer';
import { smtpCredential } from '../../tools/real-n8n/sandbox';
import { startSmtpSink, type SmtpSink } from '../../tools/real-n8n/smtp';

/** The loopback mail sink the examples send to, driven by nodemailer (what n8n's Send Email node uses). */
let sink: SmtpSink;
beforeEach(async () => (sink = await startSmtpSink()));
afterEach(async () => await sink.close());

/** A transport configured the way n8n's Send Email node configures one from the "Sandbox SMTP" credential. */
function transportFromCredential() {
	const { data } = smtpCredential(sink);
	return nodemailer.createTransport({ host: data.host, port: data.port, secure: data.secure, ignoreTLS: data.disableStartTls });
}

test('records a plain-text mail sent by nodemailer with its envelope, subject and text', async () => {
	const delivered: string[] = [];
	sink.onMessage = (message) => delivered.push(message.subject);
	const info = await transportFromCredential().sendMail({
		from: 'shop@example.com',
		to: 'ada@example.com, alan@example.com',
		subject: 'Your welcome coupon ✓',
		text: 'Hello Ada,\nyour code is WELCOME-7Q2X.\n.a line that starts with a dot\n',
	});
	expect(info.rejected).toEqual([]);
	expect(sink.messages).toHaveLength(1);
	const [message] = sink.messages;
	expect(message.from).toBe('shop@example.com');
	expect(message.to).toEqual(['ada@example.com', 'alan@example.com']);
	expect(message.subject).toBe('Your welcome coupon ✓');
	expect(message.text).toBe('Hello Ada,\r\nyour code is WELCOME-7Q2X.\r\n.a line that starts with a dot');
	expect(delivered).toEqual(['Your welcome coupon ✓']);
});

test('decodes quoted-printable and base64 parts of a text and HTML mail', async () => {
	const longLine = `Your code: WELCOME-${'X'.repeat(90)} — enjoy 10% off`;
	await transportFromCredential().sendMail({
		from: 'shop@example.com',
		to: 'ada@example.com',
		subject: 'Coupon',
		text: longLine,
		html: `<p>${longLine}</p>`,
		attachments: [{ filename: 'code.txt', content: 'ATTACHED-CODE', contentTransferEncoding: 'base64' }],
	});
	const [message] = sink.messages;
	expect(message.raw).toMatch(/quoted-printable/i);
	expect(message.text.split('\r\n\r\n')).toEqual([longLine, `<p>${longLine}</p>`, 'ATTACHED-CODE']);
});

test('keeps several mails of one connection apart, and answers commands it does not know', async () => {
	const transport = nodemailer.createTransport({ host: sink.host, port: sink.port, secure: false, pool: true, maxMessages: 5 });
	await Promise.all(['first', 'second'].map((subject) => transport.sendMail({ from: 'a@example.com', to: 'b@example.com', subject, text: subject })));
	transport.close();
	expect(sink.messages.map((m) => m.text).sort()).toEqual(['first', 'second']);

	const replies = await converse(sink, ['HELO test', 'VRFY someone', 'DATA', 'QUIT']);
	expect(replies).toEqual(['220', '250', '502', '503', '221']);
});

/** Sends each line after the previous reply; the reply codes in order, greeting first. */
async function converse(target: SmtpSink, lines: string[]): Promise<string[]> {
	const socket = net.connect(target.port, target.host);
	socket.setEncoding('utf8');
	const codes: string[] = [];
	let pending = '';
	return await new Promise((resolve, reject) => {
		socket.on('error', reject);
		socket.on('data', (chunk: string) => {
			pending += chunk;
			let end: number;
			while ((end = pending.indexOf('\r\n')) >= 0) {
				const line = pending.slice(0, end);
				pending = pending.slice(end + 2);
				if (line[3] === '-') continue;
				codes.push(line.slice(0, 3));
				const next = lines[codes.length - 1];
				if (next !== undefined) socket.write(`${next}\r\n`);
			}
		});
		socket.on('close', () => resolve(codes));
	});
}

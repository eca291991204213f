// A real SMTP server on loopback for the tests, with a small HTTP control
// port: GET /messages (what arrived, parsed), POST /mode {"tempfail":N} or
// {"reject":true} or {} (accept everything), POST /reset.
import http from 'node:http';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const smtpPort = Number(process.argv[2] || 0);
// --sink: count messages without keeping or parsing them (benchmarks).
const sink = process.argv.includes('--sink');
let sunk = 0;
let mode = { tempfail: 0, reject: false };
let messages = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  hideSTARTTLS: true,
  disableReverseLookup: true,
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', async () => {
      if (mode.reject) {
        const err = new Error('5.1.1 mailbox unavailable');
        err.responseCode = 550;
        return callback(err);
      }
      if (mode.tempfail > 0) {
        mode.tempfail -= 1;
        const err = new Error('4.3.0 try again later');
        err.responseCode = 451;
        return callback(err);
      }
      if (sink) {
        sunk += 1;
        return callback();
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      const parsed = await simpleParser(raw);
      const headers = {};
      for (const [k, v] of parsed.headers) {
        headers[k] = typeof v === 'string' ? v : (v && v.text) || JSON.stringify(v);
      }
      messages.push({
        raw,
        envelope_from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        envelope_to: session.envelope.rcptTo.map((r) => r.address),
        subject: parsed.subject || '',
        message_id: parsed.messageId || '',
        from: parsed.from ? parsed.from.text : '',
        from_name: parsed.from && parsed.from.value[0] ? parsed.from.value[0].name : '',
        to: parsed.to ? parsed.to.text : '',
        text: parsed.text || '',
        html: parsed.html || '',
        content_type: parsed.headers.get('content-type') ? parsed.headers.get('content-type').value : '',
        headers,
      });
      callback();
    });
  },
});

smtp.on('error', (e) => console.error('smtp error', e.message));

smtp.listen(smtpPort, '127.0.0.1', () => {
  const control = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/count') {
        return res.end(String(sink ? sunk : messages.length));
      }
      if (req.method === 'GET' && req.url === '/messages') {
        res.setHeader('content-type', 'application/json');
        return res.end(JSON.stringify(messages));
      }
      if (req.method === 'POST' && req.url === '/mode') {
        const m = body ? JSON.parse(body) : {};
        mode = { tempfail: m.tempfail || 0, reject: !!m.reject };
        return res.end('ok');
      }
      if (req.method === 'POST' && req.url === '/reset') {
        messages = [];
        return res.end('ok');
      }
      res.statusCode = 404;
      res.end();
    });
  });
  control.listen(0, '127.0.0.1', () => {
    console.log(`READY smtp=${smtp.server.address().port} control=${control.address().port}`);
  });
});

// Exit with the test process.
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();

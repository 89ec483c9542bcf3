import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CALL_SUBJECT_TEMPLATE,
  DEFAULT_DESCRIPTION_TEMPLATE,
  DEFAULT_MEETING_NOTE_TEMPLATE,
  DEFAULT_SUBJECT_TEMPLATE,
} from './default-templates.ts';
import { renderTemplate, templateVariables, validateTemplate } from './template.ts';
import { event, missedCall } from './testing/events.ts';

const chat = event('chat.ended');
const render = (src: string, e = chat, ctx = {}) => renderTemplate(src, e, ctx);

describe('renderTemplate', () => {
  it('fills variables', () => {
    expect(render('{{channel}} chat with {{visitor.name}}').text).toBe('Web chat chat with Ada Lovelace');
    expect(render('{{ visitor.email }} / {{conversation.id}}').text).toBe(
      'ada@example.com / conv-web_chat-1',
    );
  });

  it('applies filters, including a variable as the default', () => {
    const anon = event('chat.ended', (e) => {
      e.visitor = { email: 'x@y.test' };
    });
    expect(render('{{visitor.name | default:"Visitor"}}', anon).text).toBe('Visitor');
    expect(render('{{visitor.name | default:visitor.email | upper}}', anon).text).toBe('X@Y.TEST');
    expect(render('{{visitor.name | first_name}} / {{visitor.name | last_name}}').text).toBe(
      'Ada / Lovelace',
    );
    expect(render('{{visitor.company | truncate:10}}').text).toBe('Analytica…');
    expect(render('{{conversation.started_at | date}}', chat, { timeZone: 'America/Los_Angeles' }).text).toBe(
      '2024-05-01',
    );
    expect(render('{{call.duration | mmss}}', event('call.ended')).text).toBe('03:05');
    expect(render('{{call.direction | capitalize}}', event('call.ended')).text).toBe('Inbound');
  });

  it('writes datetimes in the tenant zone and says which zone', () => {
    expect(render('{{conversation.started_at}}', chat, { timeZone: 'Europe/Berlin' }).text).toBe(
      '2024-05-01 12:00:00 Europe/Berlin',
    );
    expect(render('{{conversation.started_at}}').text).toBe('2024-05-01 10:00:00 UTC');
  });

  it('reports unknown variables and leaves them visible instead of blank', () => {
    const out = render('Hi {{visitor.nmae}}, {{visitor.name | shout}}!');
    expect(out.text).toBe('Hi {{visitor.nmae}}, {{visitor.name | shout}}!');
    expect(out.issues).toEqual([
      { code: 'unknown_variable', start: 3, end: 19, params: { variable: 'visitor.nmae' } },
      { code: 'unknown_filter', start: 21, end: 45, params: { filter: 'shout' } },
    ]);
  });

  it('lists known variables that had no value', () => {
    expect(render('{{conversation.notes}}', event('chat.started')).missing).toEqual(['conversation.notes']);
  });

  it('supports escaping: \\{{ is a literal, quotes and newlines inside arguments', () => {
    expect(render('\\{{visitor.name}} is {{visitor.name}}').text).toBe('{{visitor.name}} is Ada Lovelace');
    expect(render('{{visitor.phone | prefix:"Tel \\"home\\": "}}').text).toBe('Tel "home": 030 1234567');
    expect(render('{{visitor.name | prefix:"Name:\\n"}}').text).toBe('Name:\nAda Lovelace');
    expect(
      render(
        '{{visitor.name | default:"}}"}}',
        event('chat.ended', (e) => (e.visitor = {})),
      ).text,
    ).toBe('}}');
  });

  it('drops a line whose placeholders all came out empty, keeps literal lines', () => {
    const src = 'A\n{{conversation.notes}}\n{{message.text}}\nNotes: {{message.text}}\nB';
    expect(render(src, event('chat.started')).text).toBe('A\nNotes: \nB');
  });

  it('renders the default description with what CloudCX puts there', () => {
    const text = render(DEFAULT_DESCRIPTION_TEMPLATE, chat, { timeZone: 'UTC' }).text;
    expect(text).toContain(
      'Transcript:\n[2024-05-01 10:00:05 UTC] Ada Lovelace (Visitor): Hello, I need a quote.',
    );
    for (const line of [
      'Notes: Wants 12 seats.',
      'Wrap-up: Quote sent',
      'Channel: Web chat',
      'Conversation ID: conv-web_chat-1',
      'Agent: Ann Agent',
      'Started: 2024-05-01 10:00:00 UTC',
      'Ended: 2024-05-01 10:05:00 UTC',
      'Request page: https://shop.example.com/pricing',
      'Custom fields:\norder_id: A-42',
      'Variables:\nplan: pro',
      'Attachments:\nbrief.pdf (application/pdf, 2048 bytes): https://files.example.com/brief.pdf',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toMatch(/\n{3,}/);
  });

  it('renders default subjects for chats, calls and meetings', () => {
    expect(render(DEFAULT_SUBJECT_TEMPLATE).text).toBe('Web chat with Ada Lovelace');
    expect(render(DEFAULT_CALL_SUBJECT_TEMPLATE, missedCall()).text).toBe('Inbound call with +49 30 1234567');
    expect(render(DEFAULT_MEETING_NOTE_TEMPLATE, event('meeting.ended')).text).toMatch(
      /^Report:\nCustomer wants a pilot in June\./,
    );
  });
});

describe('validateTemplate', () => {
  it('accepts every default template', () => {
    expect(validateTemplate(DEFAULT_DESCRIPTION_TEMPLATE, { channel: 'web_chat' })).toEqual([]);
    expect(validateTemplate(DEFAULT_CALL_SUBJECT_TEMPLATE, { channel: 'calls' })).toEqual([]);
  });

  it('reports syntax errors with their range', () => {
    expect(validateTemplate('a {{visitor.name')).toEqual([
      { code: 'unterminated_expression', start: 2, end: 16, params: {} },
    ]);
    expect(validateTemplate('{{ }}')).toEqual([{ code: 'empty_expression', start: 0, end: 5, params: {} }]);
    expect(validateTemplate('{{visitor.name |}}')).toEqual([
      { code: 'syntax_error', start: 0, end: 18, params: {} },
    ]);
    expect(validateTemplate('{{visitor.name | default:"open}}')[0]?.code).toBe('unterminated_expression');
  });

  it('checks filter arity and argument kinds', () => {
    expect(validateTemplate('{{visitor.name | truncate}}').map((i) => i.code)).toEqual([
      'bad_filter_arguments',
    ]);
    expect(validateTemplate('{{visitor.name | truncate:"x"}}').map((i) => i.code)).toEqual([
      'bad_filter_arguments',
    ]);
    expect(validateTemplate('{{visitor.name | upper:1}}').map((i) => i.code)).toEqual([
      'bad_filter_arguments',
    ]);
    expect(validateTemplate('{{visitor.name | default:visitor.nope}}')).toEqual([
      expect.objectContaining({ code: 'unknown_variable', params: { variable: 'visitor.nope' } }),
    ]);
  });

  it('knows dynamic variables and which variables a channel has', () => {
    expect(validateTemplate('{{variables.plan}} {{custom.order_id}}')).toEqual([]);
    expect(validateTemplate('{{call.queue}}', { channel: 'web_chat' })).toEqual([
      expect.objectContaining({
        code: 'variable_not_on_channel',
        params: { variable: 'call.queue', channel: 'web_chat' },
      }),
    ]);
  });

  it('lists the variables a template uses', () => {
    expect(templateVariables('{{a.b}} x {{channel | upper}}')).toEqual(['a.b', 'channel']);
  });
});

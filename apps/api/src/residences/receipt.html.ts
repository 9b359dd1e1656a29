import { frenchDay, parisDay, WITHDRAWAL_CHANNEL_LABELS, type WithdrawalChannel } from '@pacte/domain';
import { createHash } from 'node:crypto';
import type { ConsentReceipt } from './consents.service';

const escape = (value: unknown): string =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const timeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
});
const when = (iso: string): string =>
  `le ${frenchDay(parisDay(iso))} à ${timeFormat.format(new Date(iso)).replace(':', ' h ')}`;

const STYLE = `
body{font-family:Arial,Helvetica,sans-serif;font-size:18px;line-height:1.6;color:#111;max-width:46em;margin:2em auto;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:2px solid #333}
.card{border:2px solid #333;border-radius:8px;padding:.6em 1em;margin:1em 0}
.yes{border-color:#1b5e20}.no{border-color:#b71c1c}.answer{font-weight:bold;font-size:1.1em}
.small{font-size:.8em;color:#444}table{border-collapse:collapse;width:100%;font-size:.8em}td,th{border:1px solid #999;padding:.2em .4em;text-align:left}
button{font-size:1em;padding:.4em 1em;margin:1em 0}
@media print{button{display:none}body{margin:0}}`;
const SCRIPT = `document.getElementById('print').addEventListener('click',function(){window.print()});`;
const sha = (text: string) => createHash('sha256').update(text).digest('base64');

/** Strict CSP: only this page's own style and print script (by hash), nothing loaded, no framing. */
export const RECEIPT_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${sha(STYLE)}'`,
  `script-src 'sha256-${sha(SCRIPT)}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function answer(d: ConsentReceipt['decisions'][number]): { cls: string; text: string } {
  switch (d.status) {
    case 'given':
      return { cls: 'yes', text: `Vous avez dit OUI ${when(d.since as string)}.` };
    case 'refused':
      return { cls: 'no', text: `Vous avez dit NON ${when(d.since as string)}.` };
    case 'withdrawn':
      return {
        cls: 'no',
        text: `Vous avez dit OUI, puis vous avez retiré votre accord ${when(d.since as string)}. Depuis ce jour, nous ne partageons plus vos informations pour cela.`,
      };
    default:
      return {
        cls: '',
        text: 'Vous n’avez pas encore donné votre réponse. Sans votre accord, nous ne partageons rien.',
      };
  }
}

const DECISION_WORDS: Record<string, string> = {
  given: 'Accord donné',
  refused: 'Refus',
  withdrawn: 'Retrait de l’accord',
};

/** The consent receipt in plain French (facile à lire): short sentences, one idea each, no jargon. */
export function renderReceipt(receipt: ConsentReceipt): string {
  const { resident, residence, decisions, withdrawal } = receipt;
  const cards = decisions
    .map((d) => {
      const { cls, text } = answer(d);
      return `<section class="card ${cls}">
  <h3>${escape(d.purposeLabel)}</h3>
  ${d.purposeDescription ? `<p>${escape(d.purposeDescription)}</p>` : ''}
  <p>Avec qui ? <strong>${escape(d.recipientName)}</strong>.</p>
  <p class="answer">${escape(text)}</p>
  ${d.noticeVersion ? `<p class="small">Document d’information remis : version ${escape(d.noticeVersion)}.</p>` : ''}
</section>`;
    })
    .join('\n');
  const history = receipt.history
    .map(
      (e) =>
        `<tr><td>${escape(frenchDay(parisDay(e.decidedAt)))}</td><td>${escape(e.purposeLabel)}</td><td>${escape(DECISION_WORDS[e.decision] ?? e.decision)}${
          e.channel
            ? ` (${escape(WITHDRAWAL_CHANNEL_LABELS[e.channel as WithdrawalChannel] ?? e.channel)})`
            : ''
        }${e.corrected ? ' — corrigé ensuite' : ''}</td></tr>`,
    )
    .join('');
  const address = [residence.addressLine, [residence.postcode, residence.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Votre accord pour vos informations — ${escape(residence.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Votre accord pour vos informations</h1>
<p><strong>${escape(resident.firstName)} ${escape(resident.lastName)}</strong>, né(e) le ${escape(frenchDay(resident.birthDate))}.</p>
<p>${escape(residence.name)}${address ? `, ${escape(address)}` : ''}.</p>
<p>Ce papier dit ce que vous avez décidé. Vous pouvez le garder.</p>
<button id="print" type="button">Imprimer</button>

<h2>Ce que vous avez décidé</h2>
${cards}

<h2>Vous pouvez changer d’avis</h2>
<p>Vous pouvez retirer votre accord <strong>à tout moment</strong>. C’est gratuit.</p>
<p>Cela ne change rien à votre logement.</p>
<p>Le retrait compte dès le jour où vous le demandez.</p>
<p>Pour retirer votre accord :</p>
<ul>
${withdrawal.email ? `<li>envoyez un courriel à <strong>${escape(withdrawal.email)}</strong> ;</li>` : ''}
${withdrawal.postalAddress ? `<li>ou envoyez une lettre à <strong>${escape(withdrawal.postalAddress)}</strong> ;</li>` : ''}
<li>ou venez le dire à l’équipe de la ${escape(withdrawal.inPerson)}.</li>
</ul>
<p>Aux mêmes adresses, vous pouvez aussi demander à voir vos informations, à les corriger ou à les effacer.</p>

<h2>L’historique</h2>
<table><thead><tr><th>Date</th><th>Pour quoi</th><th>Décision</th></tr></thead><tbody>${history || '<tr><td colspan="3">Aucune décision enregistrée.</td></tr>'}</tbody></table>
<p class="small">Document établi ${escape(when(receipt.issuedAt))} par ${escape(residence.operatorName)}. Référence : ${escape(resident.id)}.</p>
<script>${SCRIPT}</script>
</body>
</html>`;
}

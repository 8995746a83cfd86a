import type { HelpFallback, HelpRegion } from '../../schema.js';

/**
 * Urgent help by region. Each line was checked on its organisation's own page (or, for NHS 111, an
 * NHS trust's page) on the date in verifiedOn. A region without a checked source is left out.
 */
export const helplines: Record<string, HelpRegion> = {
  GB: {
    region: 'GB',
    name: 'United Kingdom',
    emergency: {
      number: '999',
      label: 'Call 999 or go to A&E if a life is at risk',
      url: 'https://www.lpft.nhs.uk/contact-us/need-help-now',
    },
    lines: [
      {
        id: 'nhs-111',
        name: 'NHS 111, mental health option',
        phone: '111',
        phoneDisplay: '111, then choose the mental health option (option 2)',
        hours: '24 hours a day, every day',
        purpose: 'Urgent mental health help from the NHS in England, for you or someone you care about.',
        url: 'https://tewv.nhs.uk/services/crisis-advice',
        verifiedOn: '2026-11-23',
      },
      {
        id: 'samaritans',
        name: 'Samaritans',
        phone: '116123',
        phoneDisplay: '116 123',
        hours: '24 hours a day, every day',
        purpose: 'Free, private support from a trained listener, whatever you are going through.',
        url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
        verifiedOn: '2026-11-23',
      },
      {
        id: 'shout',
        name: 'Shout',
        sms: '85258',
        smsBody: 'SHOUT',
        hours: '24 hours a day, every day',
        purpose: 'Free text support for anyone in the UK who is struggling to cope. Text SHOUT to 85258.',
        url: 'https://giveusashout.org/about-us/faq/',
        verifiedOn: '2026-11-23',
      },
    ],
  },
  US: {
    region: 'US',
    name: 'United States',
    emergency: {
      number: '911',
      label: 'Call 911 if a life is in danger',
      url: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
    },
    lines: [
      {
        id: '988',
        name: '988 Suicide & Crisis Lifeline',
        phone: '988',
        phoneDisplay: '988',
        sms: '988',
        hours: '24 hours a day, every day',
        purpose: 'Free, private support by call or text if you are in distress or thinking about suicide.',
        url: 'https://988lifeline.org/',
        verifiedOn: '2026-11-23',
      },
    ],
  },
  AU: {
    region: 'AU',
    name: 'Australia',
    emergency: {
      number: '000',
      label: 'Call 000 if you are in danger now',
      url: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
    },
    lines: [
      {
        id: 'lifeline',
        name: 'Lifeline',
        phone: '131114',
        phoneDisplay: '13 11 14',
        hours: '24 hours a day, every day',
        purpose: 'Crisis support from a trained supporter. Calls from mobiles are free.',
        url: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
        verifiedOn: '2026-11-23',
      },
    ],
  },
};

/** For every region not listed above. */
export const helpFallback: HelpFallback = {
  emergency: 'If a life is at risk, call your local emergency number now.',
  advice:
    'You can also contact a doctor or a local crisis line. Your local health service can tell you what help is near you.',
};

// Jest runs global setup outside its module system: load the TypeScript hook (with the @pacte/*
// aliases) first, then the real setup and teardown.
require('../../tools/register.cjs');
const setup = require('./global-setup.ts').default;
const teardown = require('./global-teardown.ts').default;
module.exports = { setup, teardown };

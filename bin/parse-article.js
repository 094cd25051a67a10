#!/usr/bin/env node
'use strict';
require('./load-bundles.js').run();

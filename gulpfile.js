const { src, dest, parallel } = require('gulp');

// The node and the credential point at `file:../../icons/…` and `file:../icons/…` (light and dark),
// so the icons sit in dist/icons, as in n8n's community-node starter.
function icons() {
	return src('icons/*.svg').pipe(dest('dist/icons'));
}

// The codex file (categories, documentation links) sits beside the compiled node.
function codex() {
	return src('nodes/**/*.node.json').pipe(dest('dist/nodes'));
}

exports['build:icons'] = parallel(icons, codex);

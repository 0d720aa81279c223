const { src, dest, parallel } = require('gulp');

// n8n resolves `icon: 'file:talonOne.svg'` next to the compiled node and credential files.
function nodeIcons() {
	return src('icons/*.svg').pipe(dest('dist/nodes/TalonOne'));
}

// The codex file (categories, documentation links) sits beside the compiled node.
function codex() {
	return src('nodes/**/*.node.json').pipe(dest('dist/nodes'));
}

function credentialIcons() {
	return src('icons/*.svg').pipe(dest('dist/credentials'));
}

exports['build:icons'] = parallel(nodeIcons, credentialIcons, codex);

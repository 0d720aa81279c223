/** Runs a tool's command-line `main` for a launcher in scripts/: arguments after the script, stack trace and exit code 1 on failure. */
export function run(main: (argv: string[]) => Promise<void>): void {
	main(process.argv.slice(2)).catch((error: unknown) => {
		process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	});
}

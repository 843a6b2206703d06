/** The texts of loading messages, in one place (style.md: messages per stage). */
export const yamlMessages = {
  syntax: (detail: string) => `YAML syntax error: ${detail}`,
  syntaxHint: 'check the indentation and the punctuation (":", "-", brackets and quotes) on this line and the one before',
  aliases: (max: number) => `more than ${max} YAML aliases: this looks like an alias bomb, not a scenario file`,
  notAMap: 'expected a map of fields at the top of the file',
};

export const fileMessages = {
  notFound: (path: string) => `file not found: ${path}`,
  notReadable: (path: string, reason: string) => `cannot read ${path}: ${reason}`,
  isDirectory: (path: string) => `${path} is a folder, not a file`,
  tooLarge: (path: string, size: string, max: string) => `${path} is ${size}, more than the ${max} this kind of file may have`,
  binary: 'this is a binary file, not text: expected a YAML or CSV text file',
  notUtf8: 'this file is not UTF-8 text',
  notUtf8Hint: 'save it as "CSV UTF-8" (Excel) or UTF-8 text',
};

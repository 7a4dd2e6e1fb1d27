/** The characters SIE's syntax is made of, as the codes both readers compare: the text one and the byte one. */
export const SPACE = 32;
export const TAB = 9;
export const QUOTE = 34;
export const HASH = 35;
export const BACKSLASH = 92;
export const OPEN = 123;
export const CLOSE = 125;
export const DELETE = 127;

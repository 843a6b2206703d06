import { writeSync } from 'node:fs';
import { texts } from '../language.js';

/**
 * Writes every byte to an open file. `writeSync` may write fewer bytes than it was given (a
 * nearly full disk does that before it fails with ENOSPC), so it is called until all are
 * written; a call that writes nothing at all ends it with a {@link ShortWriteError}.
 */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw new ShortWriteError(writeMessages.shortWrite(offset, bytes.length));
    offset += written;
  }
}

/** What was written is not what was meant to be written, though the system reported no error. */
export class ShortWriteError extends Error {}

/** Why a file could not be written, in words, for a message. */
export function writeErrorReason(error: unknown): string {
  if (error instanceof ShortWriteError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  return (code === undefined ? undefined : writeMessages.reasons[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** Whether the disk (or the user's share of it) is full: the one write failure with its own advice. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** The texts of failed writes: why, by the system's error code, and the reports' own messages (report/write-atomic.ts). */
export const writeMessages = texts('writes', {
  en: {
    reasons: {
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EROFS: 'the file system is read-only',
      ENOSPC: 'the disk is full',
      EDQUOT: 'your disk quota is used up',
      EFBIG: 'the file is larger than this file system allows',
      ENAMETOOLONG: 'the name is too long for this file system',
      ENOTDIR: 'a part of the path is a file, not a folder',
      EEXIST: 'a part of the path is a file, not a folder',
      ENOENT: 'its folder was removed while it was written',
      EISDIR: 'it is a folder',
      EBUSY: 'the file is in use',
    } as Readonly<Record<string, string>>,
    shortWrite: (offset: number, length: number) => `the disk took ${offset} of the ${length} bytes and no more`,
    sizeOnDisk: (size: number, length: number) => `the file on disk has ${size} bytes instead of ${length}`,
    noNewFolders: 'that place does not accept new folders',
    cannotCreateFolder: (folder: string, why: string) => `cannot create the output folder ${folder}: ${why}`,
    cannotCreateFolderHint: 'choose another folder with --out',
    isFolder: (path: string) => `cannot write ${path}: it is a folder`,
    isFolderHint: 'move or rename that folder, or write elsewhere',
    special: (path: string, kind: string) => `cannot write ${path}: it is ${kind}, not a file`,
    specialHint: 'choose another name; soweco-bc replaces the file it writes, it does not write into devices, pipes or sockets',
    temporaryRemoved: (path: string, temporary: string) => `cannot write ${path}: its temporary file ${temporary} was removed by another program before it could be renamed into place`,
    temporaryRemovedHint: 'run again; if it happens again, look for a program that cleans this folder',
    cannotWrite: (path: string, why: string) => `cannot write ${path}: ${why}`,
    diskFullHint: 'make room on the disk (or write to another one) and run again; the old file, if there was one, is unchanged',
    writableHint: 'check that the folder is writable and the file is not open in another program',
    outFolderHint: 'write the reports to another folder with --out; nothing was written',
  },
  nl: {
    reasons: {
      EACCES: 'geen toestemming',
      EPERM: 'geen toestemming',
      EROFS: 'het bestandssysteem is alleen-lezen',
      ENOSPC: 'de schijf is vol',
      EDQUOT: 'uw schijfquotum is op',
      EFBIG: 'het bestand is groter dan dit bestandssysteem toestaat',
      ENAMETOOLONG: 'de naam is te lang voor dit bestandssysteem',
      ENOTDIR: 'een deel van het pad is een bestand, geen map',
      EEXIST: 'een deel van het pad is een bestand, geen map',
      ENOENT: 'de map werd verwijderd terwijl erin werd geschreven',
      EISDIR: 'het is een map',
      EBUSY: 'het bestand is in gebruik',
    } as Readonly<Record<string, string>>,
    shortWrite: (offset: number, length: number) => `de schijf nam ${offset} van de ${length} bytes en niet meer`,
    sizeOnDisk: (size: number, length: number) => `het bestand op de schijf heeft ${size} bytes in plaats van ${length}`,
    noNewFolders: 'op die plaats kunnen geen nieuwe mappen komen',
    cannotCreateFolder: (folder: string, why: string) => `kan de uitvoermap ${folder} niet maken: ${why}`,
    cannotCreateFolderHint: 'kies een andere map met --out',
    isFolder: (path: string) => `kan ${path} niet schrijven: het is een map`,
    isFolderHint: 'verplaats of hernoem die map, of schrijf ergens anders',
    special: (path: string, kind: string) => `kan ${path} niet schrijven: het is ${kind}, geen bestand`,
    specialHint: 'kies een andere naam; soweco-bc vervangt het bestand dat het schrijft, het schrijft niet in apparaten, pipes of sockets',
    temporaryRemoved: (path: string, temporary: string) => `kan ${path} niet schrijven: het tijdelijke bestand ${temporary} werd door een ander programma verwijderd voordat het op zijn plaats kon worden gezet`,
    temporaryRemovedHint: 'draai opnieuw; gebeurt het weer, zoek dan naar een programma dat deze map opruimt',
    cannotWrite: (path: string, why: string) => `kan ${path} niet schrijven: ${why}`,
    diskFullHint: 'maak ruimte op de schijf (of schrijf naar een andere) en draai opnieuw; het oude bestand, als dat er was, is ongewijzigd',
    writableHint: 'controleer of in de map geschreven mag worden en het bestand niet in een ander programma open staat',
    outFolderHint: 'schrijf de rapporten met --out naar een andere map; er is niets geschreven',
  },
});

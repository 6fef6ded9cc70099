package nl.secondopinion.dossier.document;

/**
 * Limits for a ZIP of DICOM files.
 *
 * @param maxEntries entries in the archive, directories included
 * @param maxUnpackedBytes all entries together, unpacked
 * @param maxRatio unpacked size divided by packed size, per entry and for the whole
 * @param maxCentralDirectoryBytes how much of the archive's end is kept to check the
 * central directory (links, hidden entries)
 */
public record ZipLimits(int maxEntries, long maxUnpackedBytes, int maxRatio, int maxCentralDirectoryBytes) {

}

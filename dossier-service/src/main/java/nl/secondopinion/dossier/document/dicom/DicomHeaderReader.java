package nl.secondopinion.dossier.document.dicom;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads the header of a DICOM Part 10 file (PS3.10 section 7): the 128-byte preamble,
 * {@code DICM}, the file meta group (always explicit VR little endian) and the data set
 * in explicit or implicit VR little endian, up to the pixel data. Values are only kept
 * for the few study-level attributes this service needs; everything else is skipped
 * without being held in memory. Patient attributes are never read.
 */
public final class DicomHeaderReader {

	static final String IMPLICIT_LITTLE = "1.2.840.10008.1.2";

	static final String EXPLICIT_BIG = "1.2.840.10008.1.2.2";

	static final String DEFLATED = "1.2.840.10008.1.2.1.99";

	private static final int PIXEL_DATA = 0x7FE00010;

	private static final int TRANSFER_SYNTAX = 0x00020010;

	private static final int SOP_CLASS = 0x00080016;

	private static final int SOP_INSTANCE = 0x00080018;

	private static final int STUDY_DATE = 0x00080020;

	private static final int MODALITY = 0x00080060;

	private static final int BODY_PART = 0x00180015;

	private static final int STUDY_UID = 0x0020000D;

	private static final int SERIES_UID = 0x0020000E;

	private static final int ITEM = 0xFFFEE000;

	private static final int ITEM_END = 0xFFFEE00D;

	private static final int SEQUENCE_END = 0xFFFEE0DD;

	private static final long UNDEFINED = 0xFFFFFFFFL;

	private static final int MAX_VALUE_KEPT = 1024;

	private static final int MAX_META_GROUP = 64 * 1024;

	private static final int MAX_DEPTH = 16;

	private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR",
			"UT", "UV");

	private final InputStream in;

	private boolean explicit = true;

	private @Nullable String transferSyntax;

	private @Nullable String sopClass;

	private @Nullable String sopInstance;

	private @Nullable String studyUid;

	private @Nullable String seriesUid;

	private @Nullable String studyDate;

	private @Nullable String modality;

	private @Nullable String bodyPart;

	private DicomHeaderReader(InputStream in) {
		this.in = in;
	}

	/**
	 * Reads from the start of a Part 10 file up to the pixel data (or the end). The
	 * stream is left positioned right after what was read.
	 */
	public static DicomHeader read(InputStream in) throws IOException, InvalidDicomException {
		try {
			return new DicomHeaderReader(in).readHeader();
		}
		catch (EOFException ex) {
			throw new InvalidDicomException("the file ends inside the header");
		}
	}

	/** Whether the first bytes are a DICOM Part 10 preamble and prefix. */
	public static boolean isPart10(byte[] head) {
		return head.length >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
	}

	private DicomHeader readHeader() throws IOException, InvalidDicomException {
		byte[] preamble = new byte[132];
		if (this.in.readNBytes(preamble, 0, 132) < 132 || !isPart10(preamble)) {
			throw new InvalidDicomException("not a DICOM Part 10 file: no DICM prefix at offset 128");
		}
		int tag = readMetaGroup();
		String syntax = this.transferSyntax;
		if (syntax == null) {
			throw new InvalidDicomException("the file meta information has no transfer syntax");
		}
		if (syntax.equals(EXPLICIT_BIG) || syntax.equals(DEFLATED)) {
			throw new InvalidDicomException("transfer syntax " + syntax + " is not supported; "
					+ "send explicit or implicit VR little endian (or a compressed pixel syntax)");
		}
		this.explicit = !syntax.equals(IMPLICIT_LITTLE);
		if (tag != -1) {
			readDataSet(tag, 0);
		}
		return new DicomHeader(syntax, this.sopClass, this.sopInstance, this.studyUid, this.seriesUid, date(),
				this.modality, this.bodyPart);
	}

	/** Reads group 0002 and returns the first tag after it, or -1 at the end. */
	private int readMetaGroup() throws IOException, InvalidDicomException {
		long read = 0;
		while (true) {
			int tag = readTagOrEnd();
			if (tag == -1 || (tag >>> 16) != 0x0002) {
				return tag;
			}
			String vr = readVr();
			long length = readLength(vr);
			if (length == UNDEFINED) {
				throw new InvalidDicomException("undefined length in the file meta information");
			}
			read += length + 8;
			if (read > MAX_META_GROUP) {
				throw new InvalidDicomException("the file meta information is implausibly large");
			}
			value(tag, length);
		}
	}

	private void readDataSet(int firstTag, int depth) throws IOException, InvalidDicomException {
		int tag = firstTag;
		while (tag != -1) {
			if (tag == PIXEL_DATA && depth == 0) {
				return;
			}
			if (!element(tag, depth)) {
				return;
			}
			tag = readTagOrEnd();
		}
	}

	/** Reads one element; false when it closed the item it is part of. */
	private boolean element(int tag, int depth) throws IOException, InvalidDicomException {
		if (tag == ITEM_END || tag == SEQUENCE_END) {
			readUnsignedInt();
			return false;
		}
		String vr = this.explicit ? readVr() : null;
		long length = (vr != null) ? readLength(vr) : readUnsignedInt();
		if (length == UNDEFINED) {
			skipUndefinedSequence(depth + 1);
		}
		else if ("SQ".equals(vr)) {
			skip(length);
		}
		else {
			value(tag, length);
		}
		return true;
	}

	/**
	 * Items until the sequence delimiter; each item either with a length or delimited.
	 */
	private void skipUndefinedSequence(int depth) throws IOException, InvalidDicomException {
		if (depth > MAX_DEPTH) {
			throw new InvalidDicomException("sequences nested too deeply");
		}
		while (true) {
			int tag = readTag();
			long length = readUnsignedInt();
			if (tag == SEQUENCE_END) {
				return;
			}
			if (tag != ITEM) {
				throw new InvalidDicomException("malformed sequence");
			}
			if (length == UNDEFINED) {
				readItem(depth);
			}
			else {
				skip(length);
			}
		}
	}

	private void readItem(int depth) throws IOException, InvalidDicomException {
		while (true) {
			int tag = readTag();
			if (!element(tag, depth)) {
				return;
			}
		}
	}

	private void value(int tag, long length) throws IOException, InvalidDicomException {
		boolean wanted = tag == TRANSFER_SYNTAX || tag == SOP_CLASS || tag == SOP_INSTANCE || tag == STUDY_DATE
				|| tag == MODALITY || tag == BODY_PART || tag == STUDY_UID || tag == SERIES_UID;
		if (!wanted || length > MAX_VALUE_KEPT) {
			skip(length);
			return;
		}
		byte[] bytes = this.in.readNBytes((int) length);
		if (bytes.length < length) {
			throw new InvalidDicomException("the file ends inside an element");
		}
		// Values are padded to even length with a space (text) or NUL (UIDs).
		String text = new String(bytes, StandardCharsets.US_ASCII).replace("\0", "").strip();
		switch (tag) {
			case TRANSFER_SYNTAX -> this.transferSyntax = text;
			case SOP_CLASS -> this.sopClass = text;
			case SOP_INSTANCE -> this.sopInstance = text;
			case STUDY_DATE -> this.studyDate = text;
			case MODALITY -> this.modality = text;
			case BODY_PART -> this.bodyPart = text;
			case STUDY_UID -> this.studyUid = text;
			case SERIES_UID -> this.seriesUid = text;
			default -> {
			}
		}
	}

	private @Nullable LocalDate date() {
		if (this.studyDate == null || this.studyDate.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(this.studyDate, DateTimeFormatter.BASIC_ISO_DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private String readVr() throws IOException, InvalidDicomException {
		int first = this.in.read();
		int second = this.in.read();
		if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
			throw new InvalidDicomException("no value representation where explicit VR was expected");
		}
		return new String(new char[] { (char) first, (char) second });
	}

	private long readLength(String vr) throws IOException {
		if (LONG_VRS.contains(vr)) {
			readUnsignedShort();
			return readUnsignedInt();
		}
		return readUnsignedShort();
	}

	private int readTag() throws IOException, InvalidDicomException {
		int tag = readTagOrEnd();
		if (tag == -1) {
			throw new InvalidDicomException("the file ends inside a sequence");
		}
		return tag;
	}

	/** Group and element, little endian; -1 at a clean end of the stream. */
	private int readTagOrEnd() throws IOException {
		int b0 = this.in.read();
		if (b0 == -1) {
			return -1;
		}
		int group = b0 | (readByte() << 8);
		int element = readUnsignedShort();
		return (group << 16) | element;
	}

	private int readUnsignedShort() throws IOException {
		return readByte() | (readByte() << 8);
	}

	private long readUnsignedInt() throws IOException {
		return (readUnsignedShort() | ((long) readUnsignedShort() << 16)) & 0xFFFFFFFFL;
	}

	private int readByte() throws IOException {
		int b = this.in.read();
		if (b == -1) {
			throw new EOFException("the file ends inside an element");
		}
		return b;
	}

	private void skip(long length) throws IOException {
		this.in.skipNBytes(length);
	}

}

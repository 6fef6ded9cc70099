package nl.secondopinion.dossier.document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import nl.secondopinion.dossier.document.dicom.DicomHeaderReader;
import nl.secondopinion.dossier.document.dicom.InvalidDicomException;

/**
 * Reads a whole upload once, as it streams to storage, and says what it is: the kind by
 * magic bytes, and for DICOM (single files or a ZIP of them) the studies inside.
 */
final class ContentInspector {

	private final ZipLimits zipLimits;

	ContentInspector(ZipLimits zipLimits) {
		this.zipLimits = zipLimits;
	}

	/** Consumes {@code in} to its end. */
	Inspection inspect(InputStream in) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
		buffered.mark(Sniffer.HEAD);
		byte[] head = buffered.readNBytes(Sniffer.HEAD);
		buffered.reset();
		ContentKind kind = Sniffer.kind(head);
		List<DicomStudy> studies = List.of();
		if (kind == ContentKind.DICOM) {
			StudyCollector collector = new StudyCollector();
			try {
				collector.add(DicomHeaderReader.read(buffered));
			}
			catch (InvalidDicomException ex) {
				throw new ContentRefusedException("dicom-unreadable",
						"The DICOM file cannot be read: " + ex.getMessage() + ".");
			}
			studies = collector.studies();
		}
		else if (kind == ContentKind.ZIP) {
			studies = new ZipDicomInspector(this.zipLimits).inspect(buffered);
			kind = ContentKind.DICOM_ZIP;
		}
		buffered.transferTo(OutputStream.nullOutputStream());
		return new Inspection(kind, studies);
	}

}

package nl.secondopinion.dossier.document;

/** What a file is, judged by its first bytes, never by its name or declared type. */
public enum ContentKind {

	PDF("application/pdf"), DICOM("application/dicom"), DICOM_ZIP("application/zip"), TEXT("text/plain"),
	JPEG("image/jpeg"), PNG("image/png"), GIF("image/gif"), TIFF("image/tiff"), WEBP("image/webp"), HEIC("image/heic"),
	BMP("image/bmp"), ZIP("application/zip"), UNKNOWN("application/octet-stream");

	private final String mediaType;

	ContentKind(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/** Photos and screenshots: never imaging, whatever they show. */
	public boolean isPhoto() {
		return this == JPEG || this == PNG || this == GIF || this == TIFF || this == WEBP || this == HEIC
				|| this == BMP;
	}

}

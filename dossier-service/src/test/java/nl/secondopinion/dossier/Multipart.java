package nl.secondopinion.dossier;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds multipart bodies byte by byte, as a browser or PACS would send them. */
public final class Multipart {

	public static final String BOUNDARY = "----dossier-test-boundary-7MA4YWxkTrZu0gW";

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	public static String formContentType() {
		return "multipart/form-data; boundary=" + BOUNDARY;
	}

	public static String relatedContentType() {
		return "multipart/related; type=\"application/dicom\"; boundary=" + BOUNDARY;
	}

	public static byte[] upload(Map<String, String> fields, String fileName, byte[] content) {
		Multipart multipart = new Multipart();
		fields.forEach(multipart::field);
		return multipart.file("file", fileName, "application/octet-stream", content).end();
	}

	public static Map<String, String> fields(String... pairs) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(pairs[i], pairs[i + 1]);
		}
		return fields;
	}

	public Multipart field(String name, String value) {
		write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
		return this;
	}

	public Multipart file(String name, String fileName, String contentType, byte[] content) {
		write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		this.body.writeBytes(content);
		write("\r\n");
		return this;
	}

	public Multipart related(String contentType, byte[] content) {
		write("--" + BOUNDARY + "\r\nContent-Type: " + contentType + "\r\n\r\n");
		this.body.writeBytes(content);
		write("\r\n");
		return this;
	}

	public byte[] end() {
		write("--" + BOUNDARY + "--\r\n");
		return this.body.toByteArray();
	}

	private void write(String text) {
		this.body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}

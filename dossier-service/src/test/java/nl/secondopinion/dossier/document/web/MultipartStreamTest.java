package nl.secondopinion.dossier.document.web;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.secondopinion.dossier.Multipart;
import nl.secondopinion.support.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MultipartStreamTest {

	@Test
	void partsArriveInOrderWithTheirHeadersAndExactBytes() throws IOException {
		byte[] file = new byte[300_000];
		new Random(7).nextBytes(file);
		// Bytes that look like the start of a boundary must survive.
		byte[] lookalike = ("\r\n--" + Multipart.BOUNDARY.substring(0, 20)).getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(lookalike, 0, file, 1000, lookalike.length);
		byte[] body = new Multipart().field("type", "IMAGING_STUDY")
			.file("file", "a b.dcm", "application/dicom", file)
			.end();
		List<Map<String, String>> headers = new ArrayList<>();
		List<byte[]> contents = new ArrayList<>();

		MultipartStream.read(Multipart.formContentType(), new TrickleStream(body), (partHeaders, part) -> {
			headers.add(partHeaders);
			contents.add(part.readAllBytes());
		});

		assertThat(headers).hasSize(2);
		assertThat(MultipartStream.parameter(headers.get(0).get("content-disposition"), "name")).isEqualTo("type");
		assertThat(new String(contents.get(0), StandardCharsets.UTF_8)).isEqualTo("IMAGING_STUDY");
		assertThat(MultipartStream.parameter(headers.get(1).get("content-disposition"), "filename"))
			.isEqualTo("a b.dcm");
		assertThat(headers.get(1).get("content-type")).isEqualTo("application/dicom");
		assertThat(contents.get(1)).isEqualTo(file);
	}

	@Test
	void acceptsTheLongBoundaryOrthancSends() throws IOException {
		String boundary = "388cb924-1816-41dd-b216-05424173644f-388cb924-1816-41dd-b216-05424173644f";
		byte[] body = ("--" + boundary + "\r\nContent-Type: application/dicom\r\nContent-Length: 4\r\n\r\nDICM\r\n--"
				+ boundary + "--\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		List<String> parts = new ArrayList<>();

		MultipartStream.read("multipart/related; type=\"application/dicom\"; boundary=" + boundary,
				new ByteArrayInputStream(body), (partHeaders, part) -> parts.add(partHeaders.get("content-type") + ":"
						+ new String(part.readAllBytes(), StandardCharsets.US_ASCII)));

		assertThat(parts).containsExactly("application/dicom:DICM");
	}

	@Test
	void aPartLeftUnreadIsSkipped() throws IOException {
		byte[] body = new Multipart().field("a", "1").field("b", "2").end();
		List<String> names = new ArrayList<>();

		MultipartStream.read(Multipart.formContentType(), new ByteArrayInputStream(body), (partHeaders, part) -> names
			.add(MultipartStream.parameter(partHeaders.get("content-disposition"), "name")));

		assertThat(names).containsExactly("a", "b");
	}

	@Test
	void aBodyWithoutBoundaryIs400() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> MultipartStream.read("multipart/form-data", InputStream.nullInputStream(), (h, p) -> {
			}))
			.satisfies((ex) -> assertThat(ex.problem().getStatus()).isEqualTo(400));
	}

	/** Hands out at most 7 bytes per read, like a slow network. */
	static final class TrickleStream extends FilterInputStream {

		TrickleStream(byte[] bytes) {
			super(new ByteArrayInputStream(bytes));
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			return super.read(b, off, Math.min(len, 7));
		}

	}

}

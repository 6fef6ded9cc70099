package nl.secondopinion.dossier;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "nl.secondopinion.dossier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainDoesNotDependOnWebOrFeign = noClasses().that()
		.resideInAnyPackage("..dossier.document..", "..dossier.access..", "..dossier.audit..", "..dossier.storage..",
				"..dossier.events..", "..dossier.upload..")
		.and()
		.resideOutsideOfPackage("..dossier.document.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "org.springframework.web..", "jakarta.servlet..", "feign..",
				"org.springframework.cloud.openfeign..", "..dossier.client..")
		.because("the domain must not know how it is called or how it calls others");

	@ArchTest
	static final ArchRule feignStaysInClient = noClasses().that()
		.resideOutsideOfPackage("..dossier.client..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("feign..", "org.springframework.cloud.openfeign..")
		.because("a later move to HTTP service clients should stay inside client");

	@ArchTest
	static final ArchRule clientsDoNotReachIntoWeb = noClasses().that()
		.resideInAPackage("..dossier.client..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..document.web..");

	@ArchTest
	static final ArchRule onlyTheStorageTouchesGridFs = noClasses().that()
		.resideOutsideOfPackage("..dossier.storage..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.mongodb.client.gridfs..")
		.because("content is only ever written encrypted, through the content store");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic();

}

// The project's pom.xml is the README's snippets (see ../readme-pom.groovy).
evaluate(new File(readmePom))

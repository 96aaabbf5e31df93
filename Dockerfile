# The image docs/scaling.md runs (registry.example.org/docstruct:TAG):
#   docker build -t registry.example.org/docstruct:0.1.0 .
# Build stage: Swift on Debian 12 with the development packages of .ci/run.
FROM swift:6.1-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpoppler-glib-dev poppler-data libsqlite3-dev pkg-config make \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make install PREFIX=/usr/local DESTDIR=/staging

# Run stage: the binary (Swift runtime linked in, schema compiled in) and the shared libraries it needs.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpoppler-glib8 poppler-data libsqlite3-0 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /staging/usr/local/ /usr/local/
ENTRYPOINT ["docstruct"]

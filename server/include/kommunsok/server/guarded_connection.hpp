// Why: Poco rejects a request line over 16 KB before any handler runs, with an empty 400.
// Users who paste a whole document into q deserve the same JSON error as any other bad
// parameter, so each connection first peeks at its request line and answers an oversized
// one itself; everything else is served by Poco's HTTPServerConnection unchanged.
#pragma once

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace kommunsok::server {

class GuardedConnectionFactory : public Poco::Net::TCPServerConnectionFactory {
 public:
  GuardedConnectionFactory(Poco::Net::HTTPRequestHandlerFactory::Ptr router,
                           Poco::Net::HTTPServerParams::Ptr params)
      : router_(std::move(router)), params_(std::move(params)) {}
  Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override;

 private:
  Poco::Net::HTTPRequestHandlerFactory::Ptr router_;
  Poco::Net::HTTPServerParams::Ptr params_;
};

}  // namespace kommunsok::server

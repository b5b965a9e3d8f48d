"""The gateway's busiest way, made short: `/api/v1/<service>/**` goes to the proxy past FastAPI's router and
its exception layers, through the same middleware as every other request.

Most of the gateway's requests are for a service, and for them FastAPI's layers do nothing: there is no route to
choose among fifty, no body to validate, no dependency to solve. Skipping them saved about a tenth of the gateway's
CPU a forwarded request (measured in-process with cProfile and process time). So `Gateway` builds two stacks from
one list of middleware: the app's whole stack for everything else, and the user middleware (request context,
guard, security headers, body limit, compression; not versioning, which reads the gateway's own routes) around
`forward` for the proxy. An error the proxy does not answer itself ends in the app's own 500 handler, as on any
route.
"""

from fastapi import FastAPI
from starlette.middleware.errors import ServerErrorMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from chassis.versioning import DeprecationMiddleware
from gateway.proxy.forward import forward, route_of


class ProxyFastPath:
    def __init__(self, proxied: ASGIApp, everything: ASGIApp) -> None:
        self.proxied = proxied
        self.everything = everything

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = route_of(scope["path"]) if scope["type"] == "http" else None
        if route is not None:
            scope["route"] = route  # from the start: a request the guard refuses is logged under its route too
            await self.proxied(scope, receive, send)
        else:
            await self.everything(scope, receive, send)


class Gateway(FastAPI):
    def build_middleware_stack(self) -> ASGIApp:
        proxied: ASGIApp = forward
        for cls, args, kwargs in reversed(self.user_middleware):
            if cls is not DeprecationMiddleware:  # it marks deprecated FastAPI routes; the services mark their own
                proxied = cls(proxied, *args, **kwargs)
        unexpected = self.exception_handlers.get(500) or self.exception_handlers.get(Exception)
        proxied = ServerErrorMiddleware(proxied, handler=unexpected, debug=self.debug)
        return ProxyFastPath(proxied, super().build_middleware_stack())
